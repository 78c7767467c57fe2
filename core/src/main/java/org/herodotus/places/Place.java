package org.herodotus.places;

import java.util.Optional;
import org.herodotus.model.CountryCode;

/**
 * A gazetteer entry: a GeoNames populated place, or a country ({@code featureCode} PCLI, no GeoNames id in our
 * sources, coordinates of its capital). Population 0 means unknown.
 */
public record Place(Optional<GeoNameId> id, String name, CountryCode country, String admin1, String featureClass,
                    String featureCode, double lat, double lon, long population) {
    public Place {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("place without a name");
        if (country == null) throw new IllegalArgumentException("place " + name + " without a country");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw new IllegalArgumentException("place " + name + " at " + lat + "," + lon);
        if (population < 0) throw new IllegalArgumentException("place " + name + " with population " + population);
        id = id == null ? Optional.empty() : id;
        admin1 = admin1 == null ? "" : admin1;
        featureClass = featureClass == null ? "" : featureClass;
        featureCode = featureCode == null ? "" : featureCode;
    }

    public boolean isCountry() { return featureCode.startsWith("PCL"); }

    public boolean isCapital() { return featureCode.equals("PPLC"); }

    /** A first-level division (province, state, governorate, county). */
    public boolean isRegion() { return featureCode.equals("ADM1"); }

    /** A key that tells places apart when they have no GeoNames id. */
    public String key() { return id.map(GeoNameId::toString).orElse("country:" + country.value()); }

    /** Great-circle distance in kilometres. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    public double kmTo(Place o) { return km(lat, lon, o.lat, o.lon); }
}
