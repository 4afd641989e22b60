"""What readers see: chart style, charts, notebook pages, the exported tables and workbook."""
