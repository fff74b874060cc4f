// How facet values read on the page: a language code as its name in English ("de" -> "German"),
// every other facet's value as it is. The API's value (the code) stays what filters send.
// Module-level state: one cached Intl.DisplayNames.

let languageNames = null;

/** The label to show for a facet value: "German" for language "de"; the value itself otherwise. */
export function facetValueLabel(facet, value) {
  if (facet !== 'language') return value;
  try {
    languageNames ||= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = languageNames.of(value);
    return name && name !== value ? name : value;
  } catch {
    return value; // not a code Intl knows: show it as it is
  }
}

/** Facets that name one value per episode (a podcast, its language) show only when they can narrow. */
export function facetWorthShowing(facet, valueCount, chosenCount) {
  if (facet !== 'podcast' && facet !== 'language') return valueCount > 0;
  return valueCount >= 2 || chosenCount > 0;
}
