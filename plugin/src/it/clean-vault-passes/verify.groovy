// A vault with no findings: the build passes, prints a clean summary and writes both reports.
def log = new File(basedir, 'build.log').text
assert log.contains('vaultlint: 2 notes') : 'summary line missing'
assert log.contains('0 errors, 0 warnings, 0 info') : 'expected a clean summary'
assert log.contains('BUILD SUCCESS')
def out = new File(basedir, 'target/vaultlint')
assert new File(out, 'vaultlint.json').text.contains('"findings" : [ ]') || new File(out, 'vaultlint.json').text.replaceAll('\\s', '').contains('"findings":[]')
assert new File(out, 'vaultlint.html').isFile()
return true
