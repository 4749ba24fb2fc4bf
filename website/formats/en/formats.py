"""English date formats: months written in full (September 1, 2026), as Canadian readers expect."""

DATE_FORMAT = "F j, Y"
