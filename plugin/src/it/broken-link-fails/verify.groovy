// The build fails on the error, the log names the file and the position, and the failure names the report.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Interviews/2025-03-04 Globex.md:[18,49] (broken-link) ') : 'finding line with file and position missing'
assert log.contains('[[VPC Routng]] points to "VPC Routng"') && log.contains('did you mean [[VPC Routing]]?') : 'suggestion missing'
assert log.contains('vaultlint: 2 notes') && log.contains('1 error, 0 warnings, 0 info')
assert log.contains('vaultlint: 1 finding at or above error (1 error, 0 warnings, 0 info; 0 allowed by maxAllowedViolations)')
assert log.contains('target' + File.separator + 'vaultlint' + File.separator + 'vaultlint.html')
assert log.contains('BUILD FAILURE')
// the reports are written before the gate fails the build
assert new File(basedir, 'target/vaultlint/vaultlint.json').text.contains('"broken-link"')
return true
