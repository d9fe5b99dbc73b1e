// Direct invocation without a pom: findings are printed and the reports land in <vault>/target/vaultlint.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Mock/Autoscaling answer.md:[15,1] (empty-heading) ') : 'finding line missing'
assert log.contains('vaultlint: 2 notes') && log.contains('0 errors, 1 warning, 0 info')
assert log.contains('BUILD SUCCESS')
def out = new File(basedir, 'notes/target/vaultlint')
assert new File(out, 'vaultlint.json').isFile() : "no JSON report in ${out}"
assert new File(out, 'vaultlint.html').isFile() : "no HTML report in ${out}"
def json = new File(out, 'vaultlint.json').text
assert json.contains('"empty-heading"') && json.contains('Mock/Autoscaling answer.md')
return true
