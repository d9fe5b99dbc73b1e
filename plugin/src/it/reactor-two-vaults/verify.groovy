// Two vault modules checked in one parallel build: every console line of the check names its module,
// so interleaved lines can still be told apart; the path after the name is vault-relative as usual.
// (Each vault is its module's folder, so its pom.xml counts as one of its files.)
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [vault-a] Interviews/2025-07-08 Umbrella.md:[20,74] (broken-link) ')
assert log.contains('[ERROR] [vault-b] Topics/Etcd compaction.md:[7,77] (broken-link) ')
assert log.contains('[WARNING] [vault-b] Topics/Etcd compaction.md:[9,1] (empty-heading) ')
assert log.contains('[INFO] [vault-a] vaultlint: 1 note, 2 files checked: 1 error, 0 warnings, 0 info')
assert log.contains('[INFO] [vault-b] vaultlint: 1 note, 2 files checked: 1 error, 1 warning, 0 info')
assert log.contains('[INFO] [vault-a] vaultlint: open actions: 1 (1 in 1 interview)')
// no line of the check goes out without its module's name
assert !(log =~ /(?m)^\[(ERROR|WARNING|INFO)\] (Interviews|Topics)\//)
assert !(log =~ /(?m)^\[INFO\] vaultlint: /)
assert new File(basedir, 'vault-a/target/vaultlint/vaultlint.json').isFile()
assert new File(basedir, 'vault-b/target/vaultlint/vaultlint.json').isFile()
assert log.contains('BUILD SUCCESS')
return true
