"""The catalogues are complete: every string the sources pass to qsTr()/tr() (found afresh by
lupdate, on a copy of each catalogue) has a finished translation in every language of
lang.gui, and each translation keeps the source's placeholders (%1, %2, %n). Prints what is
missing; exits 1 if anything is.

    python3 tests/i18n_check.py [--lupdate /usr/lib/qt6/bin/lupdate]
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ["de", "es", "fr", "it", "nl", "pt", "tr", "zh_CN", "zh_TW"]


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text or "")))


def check(path):
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue  # no longer in the sources
            forms = ([f.text for f in translation.findall("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text])
            if kind == "unfinished" or not all(f and f.strip() for f in forms):
                problems.append(f"{name}: untranslated {source!r}")
                continue
            for form in forms:
                if placeholders(form) != placeholders(source):
                    problems.append(f"{name}: {source!r} -> {form!r} loses or adds a placeholder")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as work:
        for lang in LANGUAGES:
            catalogue = os.path.join(ROOT, "translations", f"vidi_{lang}.ts")
            if not os.path.exists(catalogue):
                print(f"{lang}: no catalogue {catalogue}")
                failed = True
                continue
            copy = os.path.join(work, os.path.basename(catalogue))
            shutil.copy(catalogue, copy)
            subprocess.run([args.lupdate, "-silent", "-locations", "none",
                            os.path.join(ROOT, "qml"), os.path.join(ROOT, "app"),
                            "-extensions", "qml,cpp,h", "-ts", copy], check=True)
            problems = check(copy)
            for p in problems:
                print(f"{lang}: {p}")
            failed = failed or bool(problems)
            if not problems:
                print(f"{lang}: complete")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
