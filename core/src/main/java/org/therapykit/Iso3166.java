package org.therapykit;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codes ISO 3166 assigns, as far as TherapyKit knows them: the ISO 3166-1 alpha-2 country
 * codes, such as {@code US}, and the ISO 3166-2 subdivision codes, such as {@code US-NY}. A {@link
 * Jurisdiction} must be one of them.
 *
 * <p>The list is data, shipped in this library as the resource {@code org/therapykit/iso-3166.txt}:
 * it is written by {@code tools/iso3166.py} from the ISO 3166 JSON files of the Debian package
 * {@code iso-codes}, whose version and release date are {@link #dataVersion()} and {@link
 * #dataDate()} (this release: iso-codes 4.15.0-1, released upstream on 2023-04-27). ISO adds,
 * changes and withdraws codes now and then; a newer release of TherapyKit may ship newer data, and
 * a code withdrawn since is then no longer accepted.
 *
 * <p>The data is loaded once, lazily, when a method of this class is first called (by the first
 * {@code Jurisdiction} made, for most hosts). The resource is in every TherapyKit core jar; if it
 * cannot be read anyway (a damaged jar), every method throws {@link IllegalStateException}, with
 * the reason as its cause, and a later call tries again.
 *
 * <p>Thread-safe.
 */
public final class Iso3166 {
  private static final String RESOURCE = "iso-3166.txt";
  // set once, on first use; a failed load leaves it unset, so the next call tries again
  private static volatile @Nullable Data data;

  private Iso3166() {}

  /**
   * Returns whether ISO 3166 assigns {@code code}: an ISO 3166-1 alpha-2 country code such as
   * {@code GB}, or an ISO 3166-2 subdivision code, country included, such as {@code GB-ENG}. Codes
   * are upper case: {@code us-ny} is not assigned.
   *
   * @param code the code, not null
   * @return true if the code is in the data
   * @throws IllegalStateException if the data cannot be read
   */
  public static boolean isAssigned(String code) {
    return data().codes().contains(code);
  }

  /**
   * Returns the version of the Debian {@code iso-codes} package the data was taken from, such as
   * {@code 4.15.0-1}.
   *
   * @return the version, not null
   * @throws IllegalStateException if the data cannot be read
   */
  public static String dataVersion() {
    return data().version();
  }

  /**
   * Returns the date of the {@code iso-codes} release the data was taken from.
   *
   * @return the date, not null
   * @throws IllegalStateException if the data cannot be read
   */
  public static LocalDate dataDate() {
    return data().date();
  }

  /**
   * Returns how many ISO 3166-1 country codes the data holds.
   *
   * @return the number of countries
   * @throws IllegalStateException if the data cannot be read
   */
  public static int countryCount() {
    return data().countries();
  }

  /**
   * Returns how many ISO 3166-2 subdivision codes the data holds.
   *
   * @return the number of subdivisions
   * @throws IllegalStateException if the data cannot be read
   */
  public static int subdivisionCount() {
    Data d = data();
    return d.codes().size() - d.countries();
  }

  private static Data data() {
    Data d = data;
    if (d == null) {
      synchronized (Iso3166.class) {
        d = data;
        if (d == null) {
          d = load();
          data = d;
        }
      }
    }
    return d;
  }

  /** The loaded data: every code, how many of them are countries, and where they come from. */
  private record Data(ImmutableSet<String> codes, int countries, String version, LocalDate date) {}

  private static Data load() {
    try (InputStream in = Iso3166.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("no resource " + RESOURCE + " beside " + Iso3166.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "cannot read the ISO 3166 data, org/therapykit/" + RESOURCE + ", of TherapyKit core", e);
    }
  }

  /**
   * Reads the resource: {@code # key: value} header lines (version, date, countries, subdivisions),
   * then the country codes, then the subdivision codes of those countries, one a line.
   */
  private static Data parse(BufferedReader reader) throws IOException {
    Map<String, String> header = new HashMap<>();
    ImmutableSet.Builder<String> codes = ImmutableSet.builder();
    ImmutableSet.Builder<String> countries = ImmutableSet.builder();
    int countryCount = 0;
    int subdivisionCount = 0;
    ImmutableSet<String> countrySet = ImmutableSet.of();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#")) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          header.put(line.substring(1, colon).trim(), line.substring(colon + 2).trim());
        }
      } else if (isCountry(line)) {
        if (subdivisionCount > 0) {
          throw new IllegalArgumentException("country " + line + " after the subdivisions");
        }
        countries.add(line);
        codes.add(line);
        countryCount++;
      } else if (line.length() > 3 && isCountry(line.substring(0, 2)) && line.charAt(2) == '-') {
        if (subdivisionCount == 0) {
          countrySet = countries.build();
        }
        if (!countrySet.contains(line.substring(0, 2)) || !isSubdivision(line.substring(3))) {
          throw new IllegalArgumentException("not a subdivision of a listed country: " + line);
        }
        codes.add(line);
        subdivisionCount++;
      } else {
        throw new IllegalArgumentException("not an ISO 3166 code: " + line);
      }
    }
    ImmutableSet<String> all = codes.build();
    if (all.size() != countryCount + subdivisionCount
        || countryCount != count(header, "countries")
        || subdivisionCount != count(header, "subdivisions")) {
      throw new IllegalArgumentException(
          "the counts do not match the header: "
              + countryCount
              + " countries, "
              + subdivisionCount
              + " subdivisions, "
              + all.size()
              + " distinct codes");
    }
    String version = header.getOrDefault("version", "");
    if (version.isEmpty()) {
      throw new IllegalArgumentException("no version in the header");
    }
    try {
      return new Data(all, countryCount, version, LocalDate.parse(header.getOrDefault("date", "")));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("no date in the header", e);
    }
  }

  private static int count(Map<String, String> header, String key) {
    try {
      return Integer.parseInt(header.getOrDefault(key, ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("no count of " + key + " in the header", e);
    }
  }

  private static boolean isCountry(String s) {
    return s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1));
  }

  private static boolean isSubdivision(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isUpper(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
