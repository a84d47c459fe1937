#!/usr/bin/python3
# subset_cjk_font.py — cuts WenQuanYi Micro Hei (Debian's fonts-wqy-microhei) down to what the Chinese interface needs:
# the 3,755 level-1 characters of GB 2312 (the common ones, which also cover Chinese names in scenarios), CJK and
# full-width punctuation, and every character of the translation table. The page fetches the result only when
# Chinese is chosen. Run with Debian's python3, which has fontTools (python3-fonttools).
#   subset_cjk_font.py FONT.ttc STRINGS.cpp OUT.ttf
import re
import sys

from fontTools import subset


def main():
    font, strings, out = sys.argv[1:4]
    chars = set()
    for high in range(0xB0, 0xD8):  # GB 2312 level 1: rows 16-55
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode('gb2312'))
            except UnicodeDecodeError:
                pass  # the last row is not full
    chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK punctuation
    chars.update(chr(c) for c in range(0xFF00, 0xFF70))  # full-width forms
    with open(strings, encoding='utf-8') as f:
        chars.update(c for c in f.read() if ord(c) > 0x2E7F)
    options = subset.Options()
    options.font_number = 0  # the .ttc's first face (Micro Hei, not Micro Hei Mono)
    options.layout_features = []  # ImGui shapes nothing: glyphs and metrics are enough
    options.hinting = False
    options.name_IDs = ['*']  # keep the licence and copyright names
    loaded = subset.load_font(font, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=''.join(sorted(chars)))
    subsetter.subset(loaded)
    subset.save_font(loaded, out, options)


if __name__ == '__main__':
    main()
