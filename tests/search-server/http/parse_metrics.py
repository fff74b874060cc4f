#!/usr/bin/python3
"""Parses Prometheus text on stdin with prometheus_client's own parser (Debian's
python3-prometheus-client) and prints every sample as JSON lines: name, labels, value, and the
family's type. Exits 77 when the module is missing, 1 when the text does not parse."""
import json
import sys

try:
    from prometheus_client.parser import text_string_to_metric_families
except ImportError:
    print("prometheus_client is missing (Debian: python3-prometheus-client)")
    sys.exit(77)

try:
    for family in text_string_to_metric_families(sys.stdin.read()):
        for sample in family.samples:
            print(json.dumps({"family": family.name, "type": family.type, "name": sample.name,
                              "labels": sample.labels, "value": sample.value}))
except Exception as error:  # the parser raises ValueError and others for bad text
    print("does not parse: %s" % error)
    sys.exit(1)
