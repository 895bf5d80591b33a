#!/usr/bin/env python3
"""Writes core/src/main/resources/org/therapykit/iso-3166.txt, the ISO 3166 codes that
org.therapykit.Iso3166 (and so Jurisdiction) accepts, from the JSON files of Debian's iso-codes
package: the ISO 3166-1 alpha-2 country codes, then the ISO 3166-2 subdivision codes, each list
sorted, one code a line, after a header of `#` lines naming the package, its version and the date
of that upstream release. Run from the repository root after installing a newer iso-codes:
python3 tools/iso3166.py [--json-dir DIR] [--version VERSION] [--date YYYY-MM-DD]

Without options the version comes from `dpkg-query` and the date from the package's upstream
changelog (/usr/share/doc/iso-codes/changelog.gz). Python 3 standard library only.
"""
import argparse
import gzip
import json
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "core/src/main/resources/org/therapykit/iso-3166.txt"
COUNTRY = re.compile(r"[A-Z]{2}")
SUBDIVISION = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}")


def package_version():
    return subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def release_date(version):
    """The date of the upstream release of `version` (such as 4.15.0-1), from its changelog."""
    upstream = version.split("-")[0]
    changelog = pathlib.Path("/usr/share/doc/iso-codes/changelog.gz")
    with gzip.open(changelog, "rt", encoding="utf-8") as f:
        for line in f:
            m = re.match(r"## \[" + re.escape(upstream) + r"\] \S+ (\d{4}-\d{2}-\d{2})", line)
            if m:
                return m.group(1)
    raise SystemExit("no release " + upstream + " in " + str(changelog))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json-dir", default="/usr/share/iso-codes/json")
    parser.add_argument("--version", help="the iso-codes package version (default: dpkg-query)")
    parser.add_argument("--date", help="the upstream release date (default: the changelog)")
    args = parser.parse_args()
    version = args.version or package_version()
    date = args.date or release_date(version)
    json_dir = pathlib.Path(args.json_dir)
    with open(json_dir / "iso_3166-1.json", encoding="utf-8") as f:
        countries = sorted(c["alpha_2"] for c in json.load(f)["3166-1"])
    with open(json_dir / "iso_3166-2.json", encoding="utf-8") as f:
        subdivisions = sorted(s["code"] for s in json.load(f)["3166-2"])
    for c in countries:
        if not COUNTRY.fullmatch(c):
            raise SystemExit("not an alpha-2 country code: " + c)
    for s in subdivisions:
        m = SUBDIVISION.fullmatch(s)
        if not m or m.group(1) not in countries:
            raise SystemExit("not a subdivision code of a listed country: " + s)
    if len(set(countries)) != len(countries) or len(set(subdivisions)) != len(subdivisions):
        raise SystemExit("a code is listed twice")
    header = [
        "# ISO 3166-1 alpha-2 country codes, then ISO 3166-2 subdivision codes, one a line.",
        "# Source: Debian package iso-codes " + version + " (upstream release " + date + "),",
        "# files iso_3166-1.json and iso_3166-2.json; written by tools/iso3166.py. Do not edit.",
        "# source: iso-codes",
        "# version: " + version,
        "# date: " + date,
        "# countries: " + str(len(countries)),
        "# subdivisions: " + str(len(subdivisions)),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + countries + subdivisions) + "\n", encoding="utf-8")
    print(
        "wrote %s: iso-codes %s (%s), %d countries, %d subdivisions"
        % (OUT.relative_to(ROOT), version, date, len(countries), len(subdivisions))
    )


if __name__ == "__main__":
    main()
