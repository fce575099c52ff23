# Makes the DEFLATE test fixtures with Python's zlib (raw DEFLATE, wbits=-15). Run from this
# folder: python3 make-fixtures.py. The outputs are committed; tests never run this script.
import zlib

source = open("source.txt", "rb").read()


def raw(data, level=9, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush(zlib.Z_FINISH)


def block_type(stream):
    return (stream[0] >> 1) & 3


stored = raw(source, level=0)
fixed = raw(source, strategy=zlib.Z_FIXED)
dynamic = raw(source)
assert block_type(stored) == 0 and block_type(fixed) == 1 and block_type(dynamic) == 2

# Several blocks: a dynamic block, an empty stored block from a full flush, then a block for
# the short tail.
c = zlib.compressobj(9, zlib.DEFLATED, -15)
mixed = c.compress(source) + c.flush(zlib.Z_FULL_FLUSH) + c.compress(b"The end.") + c.flush()
assert mixed[0] >> 1 & 3 == 2

zeros = raw(bytes(10 * 1024 * 1024))


def bits(pairs):
    """Packs (value, bit count) pairs LSB-first, as DEFLATE does; Huffman codes are given
    already reversed."""
    out, acc, n = bytearray(), 0, 0
    for value, count in pairs:
        acc |= value << n
        n += count
        while n >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            n -= 8
    if n:
        out.append(acc)
    return bytes(out)


def reverse(code, length):
    return int(format(code, "0%db" % length)[::-1], 2)


# BFINAL=1, BTYPE=3.
bad_block_type = bits([(1, 1), (3, 2)])
# A stored block whose NLEN is not the complement of LEN.
bad_stored_length = bits([(1, 1), (0, 2)]) + bytes([5, 0, 0, 0]) + b"hello"
# A fixed block that starts with a back-reference (length 3, distance 1) to nothing.
distance_too_far = bits([(1, 1), (1, 2), (reverse(0b0000001, 7), 7), (0, 5), (0, 7)])
# A dynamic block whose code-length code gives 19 symbols length 1: over-subscribed.
oversubscribed = bits([(1, 1), (2, 2), (0, 5), (0, 5), (15, 4)] + [(1, 3)] * 19)
truncated = dynamic[: len(dynamic) // 2]

for name, data in [
    ("stored.deflate", stored),
    ("fixed.deflate", fixed),
    ("dynamic.deflate", dynamic),
    ("mixed.deflate", mixed),
    ("zeros-10MiB.deflate", zeros),
    ("bad-block-type.deflate", bad_block_type),
    ("bad-stored-length.deflate", bad_stored_length),
    ("distance-too-far.deflate", distance_too_far),
    ("oversubscribed.deflate", oversubscribed),
    ("truncated.deflate", truncated),
]:
    open(name, "wb").write(data)
    print(name, len(data))
