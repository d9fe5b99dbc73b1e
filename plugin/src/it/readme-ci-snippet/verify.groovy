def log = new File(basedir, 'build.log').text
assert new File(basedir, 'vaultlint-baseline.json').isFile()
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 0 new, 1 baselined, 0 fixed')
assert new File(basedir, 'target/vaultlint/vaultlint.sarif').isFile()
assert new File(basedir, 'target/vaultlint/vaultlint-junit.xml').isFile()
assert log.contains('BUILD SUCCESS')
return true
