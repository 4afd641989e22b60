"""From a plan file to the tables: sources → normalise → segment → extract → classify → parse."""
