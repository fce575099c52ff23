# Makes the sample study's import inputs, once: Transcripts/attributes.csv from the
# transcripts' headers, and Transcripts/PM-05/original.docx from PM-05's original.txt (a Word
# document with bold speaker labels, a header and a footer, as research assistants type them).
# Run from the repository root: python3 Tests/Fixtures/SampleStudy/make-sample-sources.py.
# Its outputs are committed; tests never run it.
import csv
import glob
import io
import os
import zipfile
from xml.sax.saxutils import escape

COLUMNS = ["id", "group", "codebook", "county", "wave", "arm", "program", "program-type", "note"]
rows = []
for path in sorted(glob.glob("Transcripts/*/transcript.txt")):
    header = open(path, encoding="utf-8").read().split("\n\n", 1)[0]
    attributes = dict(line.split(": ", 1) for line in header.splitlines())
    unknown = set(attributes) - set(COLUMNS) - {"source", "source-format", "source-sha256"}
    assert not unknown, (path, unknown)
    rows.append([attributes.get(column, "") for column in COLUMNS])
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(COLUMNS)
writer.writerows(rows)
open("Transcripts/attributes.csv", "w", encoding="utf-8").write(out.getvalue())

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATE = (2024, 3, 12, 10, 30, 0)


def paragraph(label, text):
    runs = ""
    if label:
        runs += '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s:</w:t></w:r>' % escape(label)
        text = " " + text
    runs += '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)
    return '<w:p><w:pPr><w:spacing w:after="160"/></w:pPr>%s</w:p>' % runs


source = open("Transcripts/PM-05/original.txt", encoding="utf-8").read()
body = []
for block in source.split("\n\n"):
    block = block.strip()
    if not block:
        continue
    label, text = block.split(": ", 1)
    body.append(paragraph(label, text))

document = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
    '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
    '<w:footerReference w:type="default" r:id="rId3"/>'
    '<w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % (W, R, "".join(body)))
header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="%s">'
          '<w:p><w:r><w:t>PM-05 interview, wave 1 (confidential)</w:t></w:r></w:p></w:hdr>' % W)
footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="%s">'
          '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/>'
          '</w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/>'
          '</w:r></w:p></w:ftr>' % W)
content_types = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '</Types>')
package_rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
document_rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '</Relationships>')
with zipfile.ZipFile("Transcripts/PM-05/original.docx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [
        ("[Content_Types].xml", content_types), ("_rels/.rels", package_rels),
        ("word/document.xml", document), ("word/_rels/document.xml.rels", document_rels),
        ("word/header1.xml", header), ("word/footer1.xml", footer),
    ]:
        z.writestr(zipfile.ZipInfo(name, DATE), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
os.remove("Transcripts/PM-05/original.txt")
print("wrote Transcripts/attributes.csv and Transcripts/PM-05/original.docx")
