"use client";

import { useState, useSyncExternalStore } from "react";
import { finderIds, finders, finderUrl, type FinderOccupation } from "@/lib/next-steps/finders";
import { maxPlaceLength, placeRule, readPlace } from "@/lib/next-steps/place";

const noSubscription = () => () => {};

/**
 * The finders as a GET form to /go (one submit button per finder), which works without JavaScript.
 * Once the script runs, the buttons become plain links to the finders, updated as the place is typed.
 */
export function FinderForm({ title, socCode }: FinderOccupation) {
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const [typed, setTyped] = useState("");
  const place = readPlace(typed);
  const near = place.ok ? place.place : undefined;
  return (
    <form action="/go" method="get" className="finders" onSubmit={(event) => scripted && event.preventDefault()}>
      <input type="hidden" name="soc" value={socCode} />
      <div className="field finders__place">
        <label htmlFor="finder-place">
          ZIP code, city or state <span className="finders__optional">(optional)</span>
        </label>
        <input
          id="finder-place"
          name="place"
          type="text"
          maxLength={maxPlaceLength}
          autoComplete="postal-code"
          spellCheck={false}
          aria-describedby="finder-place-hint"
          aria-invalid={!place.ok || undefined}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        <p id="finder-place-hint" className="field__hint">
          Leave it empty to search the whole country. Write {placeRule}.
        </p>
        {scripted && (
          <p className={place.ok ? "finders__status" : "finders__status finders__status--error"} role="status">
            {place.ok
              ? near
                ? `The links below search near “${near}”.`
                : "The links below search the whole country."
              : "That place has a character the finders cannot take (see above): the links below search the whole country."}
          </p>
        )}
      </div>
      <ul className="finders__list">
        {finderIds.map((id) => {
          const finder = finders[id];
          const body = (
            <>
              <span className="finder__label">{finder.label}</span>
              <span className="finder__site">
                {finder.site}
                {finder.note && `: ${finder.note({ title, socCode })}`}
              </span>
            </>
          );
          return (
            <li key={id}>
              {scripted ? (
                <a className="finder" href={finderUrl(id, { title, socCode }, near)} rel="noopener noreferrer external">
                  {body}
                </a>
              ) : (
                <button className="finder" type="submit" name="finder" value={id}>
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </form>
  );
}
