"""From a plan file to the tables: sources → normalise → segment → the facts (assignments,
targets, metadata, citations) → classify → parse."""
