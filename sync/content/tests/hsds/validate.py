"""Validates an unpacked HSDS package with frictionless (an independent
Table Schema / Data Package validator).

usage: validate.py DESCRIPTOR [DESCRIPTOR ...]

Exit status: 0 when every package is valid, 1 when one is not (the errors
are printed, with row and field), 3 when frictionless is not installed.
"""

import sys

try:
    import frictionless
except ImportError:
    print("frictionless is not installed: pip install frictionless", file=sys.stderr)
    sys.exit(3)

failed = False
for descriptor in sys.argv[1:]:
    report = frictionless.validate(descriptor)
    if report.valid:
        print(f"{descriptor}: valid ({len(report.tasks)} resources)")
        continue
    failed = True
    print(f"{descriptor}: INVALID")
    for error in report.errors:
        print(f"  package: {error.message}")
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None)
            print(f"  {task.name} row {row} field {field}: {error.message}")
sys.exit(1 if failed else 0)
