# Makes the generated import fixtures: text in other encodings, Word documents built with
# zipfile and minimal WordprocessingML, and damaged files. Run from this folder:
# python3 make-fixtures.py. The outputs are committed; tests never run this script.
import struct
import zipfile

DATE = (1980, 1, 1, 0, 0, 0)
TEXT = ("Interviewer: ¿Qué tal? Tell me about the café on Rue Saint-Honoré.\n\n"
        "P7: It’s where I met my coach – “Señora Núñez” – every week.\n")

open("utf16le.txt", "wb").write(b"\xff\xfe" + TEXT.encode("utf-16-le"))
open("utf16be.txt", "wb").write(b"\xfe\xff" + TEXT.encode("utf-16-be"))
open("windows-1252.txt", "wb").write(TEXT.replace("\n", "\r\n").encode("cp1252"))
# CRLF and lone CR line ends, a no-break space, a zero-width space, a BOM, decomposed accents.
messy = ("\ufeffInterviewer: Caf\u0065\u0301 or tea?\r\n\r\n"
         "P7: Tea,\u00a0please.\u200b Jos\u0065\u0301 always\u00a0says coffee.\r\r"
         "Interviewer: Noted.\r\n")
open("messy.txt", "wb").write(messy.encode("utf-8"))
open("empty.txt", "wb").write(b"")
open("binary.txt", "wb").write(bytes(range(256)) * 4)
open("no-header.vtt", "w").write("1\n00:00:01.000 --> 00:00:02.000\nAlice: Hello.\n")
open("broken-timing.vtt", "w").write(
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAlice: Hello.\n\n"
    "2\n00:00:02.000 -> 00:00:0x.500\nBob: Hi.\n")
open("not-a-zip.docx", "w").write("Interviewer: this was saved as text, not as a Word document.\n")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (props, text)


def para(*runs):
    return "<w:p>%s</w:p>" % "".join(runs)


def docx(name, body, extra=()):
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                "<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>" % (W, body))
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document)] + list(extra):
            z.writestr(zipfile.ZipInfo(part, DATE), data, zipfile.ZIP_DEFLATED)


body = "".join([
    para(run("Interview with participant 12 (transcribed by the team)")),
    para(run("Interviewer:", True), run(" Thanks for joining. How did you hear about the program?")),
    # A label split over runs, a word split over runs, a tab and a line break kept as text.
    para(run("P1", True), run("2:", True), run(" My case man"), run("ager told me."),
         "<w:r><w:tab/><w:t>(She</w:t></w:r>", run(" insisted.)"),
         "<w:r><w:br/></w:r>", run("Then I went to the first session.")),
    # Tracked deletion, a comment anchor, a field instruction and a text box are not text.
    para(run("Interviewer:", True), run(" And "),
         '<w:del w:id="1" w:author="A"><w:r><w:delText>did you</w:delText></w:r></w:del>',
         '<w:commentRangeStart w:id="0"/>', run("what happened next?"),
         '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
         '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
         '<w:r><w:instrText> PAGE </w:instrText></w:r>',
         '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    # A bold label alone, its text in the paragraphs below.
    para(run("P12", True)),
    para(run("We met every week for six months.")),
    para(run("Some weeks were practical; some were just talking.")),
    # A two-column table of speaker and text, read row by row.
    "<w:tbl>"
    "<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>"
    "<w:tr><w:tc>%s</w:tc><w:tc>%s%s</w:tc></w:tr>"
    "</w:tbl>" % (para(run("Interviewer")), para(run("What would you change?")),
                  para(run("P12")), para(run("More time.")), para(run("Six months went fast."))),
])
header = ('<?xml version="1.0" encoding="UTF-8"?><w:hdr %s>%s</w:hdr>'
          % (W, para(run("CONFIDENTIAL - Maria Lopez"))))
footer = '<?xml version="1.0" encoding="UTF-8"?><w:ftr %s>%s</w:ftr>' % (W, para(run("Page 1")))
comments = ('<?xml version="1.0" encoding="UTF-8"?><w:comments %s><w:comment w:id="0">%s'
            "</w:comment></w:comments>" % (W, para(run("Check the date with Maria"))))
docx("interview.docx", body, [("word/header1.xml", header), ("word/footer1.xml", footer),
                              ("word/comments.xml", comments)])

# Damaged Word documents.
good = open("interview.docx", "rb").read()
open("truncated.docx", "wb").write(good[: len(good) // 2])
crc = bytearray(good)
central = crc.index(b"PK\x01\x02")
while True:  # find the central directory entry of word/document.xml and break its CRC
    name_length = struct.unpack("<H", crc[central + 28:central + 30])[0]
    if crc[central + 46:central + 46 + name_length] == b"word/document.xml":
        crc[central + 16] ^= 0xFF
        break
    extra, comment = struct.unpack("<HH", crc[central + 30:central + 34])
    central += 46 + name_length + extra + comment
open("crc-mismatch.docx", "wb").write(crc)
with zipfile.ZipFile("bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("word/document.xml", DATE), b" " * (20 * 1024 * 1024),
               zipfile.ZIP_DEFLATED)
print("done")
