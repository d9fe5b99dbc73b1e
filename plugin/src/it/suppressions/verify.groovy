def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('(broken-link)') : 'every broken link is suppressed'
assert log.contains('vaultlint: 8 finding(s) suppressed inline')
assert log.contains('[INFO] Stale.md:[3,1] (unused-suppression) vaultlint-disable-next-line for broken-link suppresses nothing')
assert log.contains('[WARNING] Stale.md:[6,32] (invalid-suppression) suppression names unknown rule "brokn-link" (did you mean "broken-link"?)')
return true
