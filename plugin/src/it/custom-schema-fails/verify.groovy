def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Interviews/globex.md:[3,10] (frontmatter-schema) applied: "2025-13-45" is not a valid date (YYYY-MM-DD)')
assert log.contains('[ERROR] Interviews/globex.md:[4,8] (frontmatter-schema) stage: "onsit" is not one of the allowed values')
assert log.contains('(did you mean "onsite"?)')
assert !log.contains('Interviews/acme.md:[') : 'the valid note has no findings'
assert log.contains('BUILD FAILURE')
return true
