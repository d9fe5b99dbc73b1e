def full = new File(basedir, 'target/site/vaultlint')
assert new File(full, 'vaultlint.html').isFile() : 'vaultlint:report on its own writes the full HTML report'
def json = new File(full, 'vaultlint.json').text
assert json.contains('"broken-link"') : json
def log = new File(basedir, 'build.log').text
assert log =~ /vaultlint: 1 note: \d+ errors, 0 warnings, 0 info; full report .*vaultlint.html/ : 'the summary is logged'
assert log.contains('BUILD SUCCESS') : 'the report never fails the build'
return true
