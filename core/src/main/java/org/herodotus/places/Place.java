package org.herodotus.places;

import java.util.Optional;
import org.herodotus.model.CountryCode;

/**
 * A gazetteer entry: a GeoNames populated place, a country ({@code featureCode} PCLI, no GeoNames id in our
 * sources), a first- or second-level division (ADM1, ADM2), or a continent, sea or region ({@code featureClass} L, H, T,
 * with {@link #NO_COUNTRY} when it spans borders). Population 0 means unknown.
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

    /** No single country holds it: a continent, an ocean, a region across borders (country code {@code XXX}). */
    public boolean isMultinational() { return country.equals(NO_COUNTRY); }

    /** The country code of places no single country holds (ISO 3166 leaves the X codes to users). */
    public static final CountryCode NO_COUNTRY = CountryCode.of("XXX");

    public boolean isCapital() { return featureCode.equals("PPLC"); }

    /** A first-level division (province, state, governorate, county). */
    public boolean isRegion() { return featureCode.equals("ADM1"); }

    /**
     * The words, English and French, that make a name a division's: after it ("Mopti region", "Soum province") or
     * before it with "of"/"de" ("la région de Tillabéri", "the province of Idlib").
     */
    public static final java.util.Set<String> DIVISION_WORDS = java.util.Set.of("region", "province", "state", "governorate", "department", "county",
            "prefecture", "oblast", "région", "département", "gouvernorat", "préfecture", "état", "etat", "wilaya");

    /** A key that tells places apart when they have no GeoNames id. */
    public String key() {
        return id.map(GeoNameId::toString).orElse(isCountry() ? "country:" + country.value()
                : featureCode.toLowerCase(java.util.Locale.ROOT) + ":" + country.value() + "/" + admin1 + "/" + name);
    }

    /** Great-circle distance in kilometres. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    public double kmTo(Place o) { return km(lat, lon, o.lat, o.lon); }
}
