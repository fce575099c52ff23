# Makes the ZIP test fixtures with Python's zipfile and zlib. Run from this folder:
# python3 make-fixtures.py. The outputs are committed; tests never run this script.
import io
import struct
import zipfile
import zlib

TEXT = b"Interviewer: How did the peer role change over the years?\n" * 40
DATE = (1980, 1, 1, 0, 0, 0)


def archive(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            z.writestr(info, data)
    return bytearray(buffer.getvalue())


good = archive([
    ("stored.txt", b"Stored, not compressed.\n", zipfile.ZIP_STORED),
    ("deflated.txt", TEXT, zipfile.ZIP_DEFLATED),
    ("empty.txt", b"", zipfile.ZIP_DEFLATED),
])
open("good.zip", "wb").write(good)

# Cut short: the central directory and its end record are gone.
open("truncated.zip", "wb").write(good[: len(good) * 2 // 3])

# One byte of the stored entry's data changed: the CRC-32 no longer matches.
crc = bytearray(good)
offset = crc.index(b"Stored, not")
crc[offset] = ord("s")
open("crc-mismatch.zip", "wb").write(crc)

# A zip bomb that declares its size: 10 MiB of zeros in about 10 KB (ratio about 1,000).
open("bomb-ratio.zip", "wb").write(
    archive([("zeros.bin", bytes(10 * 1024 * 1024), zipfile.ZIP_DEFLATED)]))

# A zip bomb that hides its size: the headers say 1,000 bytes, the data expands to 10 MiB.
hidden = archive([("zeros.bin", bytes(10 * 1024 * 1024), zipfile.ZIP_DEFLATED)])
for signature, size_offset in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)]:
    at = hidden.index(signature)
    hidden[at + size_offset : at + size_offset + 4] = struct.pack("<I", 1000)
open("bomb-hidden-size.zip", "wb").write(hidden)

for name in ["good.zip", "truncated.zip", "crc-mismatch.zip", "bomb-ratio.zip",
             "bomb-hidden-size.zip"]:
    print(name, len(open(name, "rb").read()))
print("deflated.txt crc", hex(zlib.crc32(TEXT)), len(TEXT))
