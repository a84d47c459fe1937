#!/usr/bin/python3
# subset_font.py — cuts the interface's fonts down to the characters the app draws. Run with Debian's python3, which
# has fontTools (python3-fonttools).
#   subset_font.py cjk FONT.ttc STRINGS.cpp OUT.ttf   WenQuanYi Micro Hei (fonts-wqy-microhei) for the Chinese
#       interface: the 3,755 level-1 characters of GB 2312 (the common ones, which also cover Chinese names in
#       scenarios), CJK and full-width punctuation, and every character of the translation table. The page fetches
#       it only when Chinese is chosen.
#   subset_font.py ui FONT.ttf THEME.cpp OUT.ttf      the UI font embedded in the app: the glyph ranges theme.cpp
#       hands ImGui (read from its `ranges[]`), the only characters ImGui ever rasterizes from it.
import re
import sys

from fontTools import subset


def cjk_characters(strings):
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
    return chars


def ui_characters(theme):
    with open(theme, encoding='utf-8') as f:
        ranges = re.search(r'ranges\[\] = \{([^}]*)\}', f.read()).group(1)
    bounds = [int(x, 16) for x in re.findall(r'0x([0-9A-Fa-f]+)', ranges)]
    return {chr(c) for first, last in zip(bounds[::2], bounds[1::2]) for c in range(first, last + 1)}


def main():
    kind, font, source, out = sys.argv[1:5]
    chars = cjk_characters(source) if kind == 'cjk' else ui_characters(source)
    options = subset.Options()
    options.font_number = 0  # a .ttc's first face (Micro Hei, not Micro Hei Mono)
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
