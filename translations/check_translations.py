#!/usr/bin/env python3
"""Checks Kilowatch's translations (run by ctest as translations_complete).

- kilowatch_de.ts: every message translated (no unfinished, empty or missing entries), the same
  placeholders (%1 … %9, %n, %Ln) as the source, a keyboard accelerator (&) where the source has
  one;
- kilowatch_en.ts: every plural (%n) message has its English singular and plural;
- both files up to date with the sources: lupdate run into temporary copies finds exactly the
  messages the files hold (no new, no vanished ones).

Exit status 0 when all is well, 1 with one line per problem otherwise.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:[1-9]|n)")
# A mnemonic: '&' before a letter or digit, not '&&' and not an HTML entity such as &nbsp;.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;|#\d+;)(?=\w)")


def messages(path):
    """(context, source, comment, numerus) -> <message> element, for the live messages."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""),
                   message.get("numerus") == "yes")
            result[key] = message
    return result


def translations_of(message):
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def describe(key):
    return f"[{key[0]}] \"{key[1]}\""


def check_german(path, problems):
    all_messages = messages(path)
    for key, message in all_messages.items():
        source = key[1]
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"{os.path.basename(path)}: unfinished {describe(key)}")
            continue
        texts = translations_of(message)
        if not texts or any(not text.strip() for text in texts):
            problems.append(f"{os.path.basename(path)}: empty translation of {describe(key)}")
            continue
        if key[3] and len(texts) != 2:
            problems.append(f"{os.path.basename(path)}: German needs 2 plural forms for {describe(key)}")
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            found = sorted(set(PLACEHOLDER.findall(text)))
            # A plural form may spell out the number ("eine Zelle"); every other placeholder stays.
            if key[3]:
                wanted_here = [p for p in wanted if p not in ("%n", "%Ln")]
                found = [p for p in found if p not in ("%n", "%Ln")]
            else:
                wanted_here = wanted
            if found != wanted_here:
                problems.append(f"{os.path.basename(path)}: placeholders {found} instead of "
                                f"{wanted_here} in \"{text}\" for {describe(key)}")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"{os.path.basename(path)}: no accelerator (&) in \"{text}\" for "
                                f"{describe(key)}")
    return all_messages


def check_english(path, problems):
    all_messages = messages(path)
    for key, message in all_messages.items():
        if not key[3]:
            problems.append(f"{os.path.basename(path)}: not a plural message {describe(key)}")
            continue
        translation = message.find("translation")
        texts = translations_of(message)
        if (translation is None or translation.get("type") == "unfinished" or len(texts) != 2
                or any(not text.strip() for text in texts)):
            problems.append(f"{os.path.basename(path)}: singular and plural missing for {describe(key)}")
    return all_messages


def check_up_to_date(lupdate, sources, path, plural_only, problems):
    with tempfile.TemporaryDirectory() as directory:
        copy = os.path.join(directory, os.path.basename(path))
        shutil.copyfile(path, copy)
        command = [lupdate, "-silent", "-locations", "none", "-no-obsolete",
                   "-extensions", "cpp,h,ui"]
        if plural_only:
            command.append("-pluralonly")
        command += sources + ["-ts", copy]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"lupdate failed: {run.stderr.strip()}")
            return
        before = set(messages(path))
        after = set(messages(copy))
    for key in sorted(after - before):
        problems.append(f"{os.path.basename(path)}: missing {describe(key)} (run the "
                        f"update_translations target)")
    for key in sorted(before - after):
        problems.append(f"{os.path.basename(path)}: no longer in the sources {describe(key)} (run "
                        f"the update_translations target)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--de", required=True)
    parser.add_argument("--en", required=True)
    parser.add_argument("--sources", nargs="+", required=True)
    args = parser.parse_args()

    problems = []
    german = check_german(args.de, problems)
    english = check_english(args.en, problems)
    check_up_to_date(args.lupdate, args.sources, args.de, False, problems)
    check_up_to_date(args.lupdate, args.sources, args.en, True, problems)
    for problem in problems:
        print(problem)
    print(f"kilowatch_de.ts: {len(german)} messages; kilowatch_en.ts: {len(english)} plural "
          f"messages; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
