#!/usr/bin/env python3
"""Writes the hostile and damaged .qdc files Thema's tests refuse (CodebookQDCHostileTests,
CodebookExchangeCommandTests). Each must be refused with an error naming its line; none may
be written into a study. Run from this folder; the outputs are committed."""

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
OPEN = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n'
GUID = "5215cc69-b628-4e02-afb9-9beeaee55808"


def code(name, guid=GUID, close=True):
    return f'<Code guid="{guid}" name="{name}" isCodable="true"{"/" if close else ""}>'


files = {
    # An external entity that would read a local file (XXE).
    "xxe.qdc": HEAD + '<!DOCTYPE CodeBook [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
    + OPEN + "<Codes>" + code("&xxe;") + "</Codes></CodeBook>\n",
    # Entities that expand to a billion 'lol's.
    "billion-laughs.qdc": HEAD + "<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
    + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">\n' for n in range(1, 10))
    + "]>\n" + OPEN + "<Codes>" + code("&lol9;") + "</Codes></CodeBook>\n",
    # Elements nested far past any codebook's depth.
    "deep-elements.qdc": HEAD + OPEN + "<Codes>\n" + code("x", close=False) * 100
    + "</Code>" * 100 + "\n</Codes></CodeBook>\n",
    # Codes nested one level deeper than a Thema codebook holds.
    "deep-codes.qdc": HEAD + OPEN + "<Codes>\n"
    + "".join(code(f"L{n}", f"{n:08d}-0000-4000-8000-000000000000", close=False) + "\n"
              for n in range(1, 7))
    + "</Code>" * 6 + "\n</Codes></CodeBook>\n",
    # Latin-1 bytes in a file that declares UTF-8.
    "not-utf8.qdc": (HEAD + OPEN + "<Codes>" + code("café") + "</Codes></CodeBook>\n").encode(
        "latin-1"),
    # UTF-16 with a byte-order mark.
    "utf16.qdc": (HEAD.replace("utf-8", "utf-16") + OPEN + "<Codes>" + code("A")
                  + "</Codes></CodeBook>\n").encode("utf-16"),
    # A REFI-QDA project where a codebook belongs.
    "project-root.qdc": HEAD + '<Project xmlns="urn:QDA-XML:project:1.0" name="P"/>\n',
    "wrong-namespace.qdc": HEAD + '<CodeBook xmlns="urn:example:other">\n<Codes/></CodeBook>\n',
    "no-namespace.qdc": HEAD + "<CodeBook>\n<Codes/></CodeBook>\n",
    "no-codes-element.qdc": HEAD + OPEN + "</CodeBook>\n",
    "empty-codes.qdc": HEAD + OPEN + "<Codes>\n</Codes>\n</CodeBook>\n",
    # The same GUID twice, once in another tool's spelling.
    "duplicate-guids.qdc": HEAD + OPEN + "<Codes>\n" + code("A") + "\n"
    + code("B", "{" + GUID.upper() + "}") + "\n</Codes></CodeBook>\n",
    "nameless-code.qdc": HEAD + OPEN + "<Codes>\n" + code("  ") + "\n</Codes></CodeBook>\n",
    "mismatched-tags.qdc": HEAD + OPEN + "<Codes>\n" + code("A", close=False)
    + "\n</Codes>\n</CodeBook>\n",
    "empty.qdc": "",
    "not-xml.qdc": "Code,Name\n1,Trust\n",
}

for name, content in files.items():
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(name, "wb") as out:
        out.write(data)
