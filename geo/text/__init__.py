"""Text stages: tokens and toponyms (``geoparse``), spatial statements (``spatial``),
claims (``claims``), numbers, dates and word lists. Import the submodules; this
package imports none of them, so reading its word lists stays cheap."""
