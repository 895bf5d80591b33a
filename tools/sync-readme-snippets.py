#!/usr/bin/env python3
"""Copies each `// snippet: NAME` ... `// end snippet` block of the project's Java sources into
the `<!-- snippet: fragment NAME -->` Java block of the same name in README.md and docs/*.md
(ReadmeSnippetsTest checks that they agree). Run from the repository root after changing an
example: python3 tools/sync-readme-snippets.py
"""
import pathlib
import re
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = re.compile(r"// snippet: ([a-z0-9-]+)\n(.*?)// end snippet", re.S)
README = re.compile(r"(<!-- snippet: fragment ([a-z0-9-]+) -->\s*```java\n)(.*?)(```)", re.S)

snippets = {}
for path in ROOT.rglob("*.java"):
    if "/target/" in str(path):
        continue
    for m in SOURCE.finditer(path.read_text()):
        snippets[m.group(1)] = textwrap.dedent(m.group(2)).rstrip() + "\n"

missing = []


def replace(m):
    name = m.group(2)
    if name not in snippets:
        missing.append(name)
        return m.group(0)
    return m.group(1) + snippets[name] + m.group(4)


for doc in [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md")):
    doc.write_text(README.sub(replace, doc.read_text()))
if missing:
    raise SystemExit("no source for snippets: " + ", ".join(missing))
