#!/usr/bin/env python3
"""Builds the fuzz targets' starting corpora from the text seeds in fuzz/corpus:
the CSV seeds are copied, the OneRoster export and the XLSX workbook are zipped
(deflated and stored). Usage: make_seeds.py SOURCE_DIR OUT_DIR"""
import os
import shutil
import sys
import zipfile


def zip_dir(src, out, method):
    with zipfile.ZipFile(out, "w", method) as z:
        for root, _, files in os.walk(src):
            for name in sorted(files):
                path = os.path.join(root, name)
                z.write(path, os.path.relpath(path, src))


def main():
    src, out = sys.argv[1], sys.argv[2]
    for target in ("fuzz_csv", "fuzz_csv_import"):
        dest = os.path.join(out, target)
        os.makedirs(dest, exist_ok=True)
        for name in os.listdir(os.path.join(src, target)):
            shutil.copy(os.path.join(src, target, name), dest)
    for target, folder, suffix in (("fuzz_oneroster_zip", "oneroster", "zip"),
                                   ("fuzz_xlsx", "xlsx", "xlsx")):
        dest = os.path.join(out, target)
        os.makedirs(dest, exist_ok=True)
        zip_dir(os.path.join(src, folder), os.path.join(dest, "deflated." + suffix),
                zipfile.ZIP_DEFLATED)
        zip_dir(os.path.join(src, folder), os.path.join(dest, "stored." + suffix),
                zipfile.ZIP_STORED)


if __name__ == "__main__":
    main()
