"""Writes COUNT fictional events as iCalendar files WORK/events-NNN.ics, at most
5,000 a file (an import takes at most that many at once), for the benchmarks
that need a city with many documents (editor-first-sync.sh, many-documents.sh).

Usage: python3 generate-events.py WORK COUNT
"""
import sys

work, count = sys.argv[1], int(sys.argv[2])
files = {}
for n in range(count):
    lines = files.setdefault(n // 5000, ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hospes bench//EN"])
    day, month = 1 + n % 28, 1 + (n // 28) % 12
    lines += [
        "BEGIN:VEVENT",
        f"UID:bench-{n}@hospes.invalid",
        "DTSTAMP:20270101T000000Z",
        f"DTSTART;TZID=Europe/Brussels:2027{month:02d}{day:02d}T180000",
        f"DTEND;TZID=Europe/Brussels:2027{month:02d}{day:02d}T200000",
        f"SUMMARY:Atelier {n}",
        f"DESCRIPTION:Un atelier de quartier, numéro {n}, ouvert à toutes et à tous.",
        "LOCATION:Maison de quartier",
        "END:VEVENT",
    ]
for part, lines in files.items():
    lines.append("END:VCALENDAR")
    with open(f"{work}/events-{part:03d}.ics", "w") as out:
        out.write("\r\n".join(lines) + "\r\n")
