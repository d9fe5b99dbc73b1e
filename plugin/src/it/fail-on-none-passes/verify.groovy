// failOnSeverity=none: the error is still printed and reported, but the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Interviews/2025-03-04 Globex.md:[18,49] (broken-link) ')
assert log.contains('1 error, 0 warnings, 0 info')
assert !log.contains('at or above error')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/vaultlint/vaultlint.html').isFile()
return true
