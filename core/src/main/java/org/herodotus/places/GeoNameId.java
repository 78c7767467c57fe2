package org.herodotus.places;

/** A GeoNames feature id. */
public record GeoNameId(long value) {
    public GeoNameId {
        if (value <= 0) throw new IllegalArgumentException("geonameid " + value);
    }

    @Override public String toString() { return Long.toString(value); }
}
