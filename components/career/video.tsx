import type { Career } from "@/lib/catalog";

/** Our own still (same site), shown until the reader presses play. */
const localPoster = "/video-poster.svg";

/**
 * The video downloads only when the reader presses play (preload="none", no autoplay). A profile's
 * `poster` is not shown: it lives on another site, and a page contacts no other site until the reader
 * presses play (the content check warns about it). Our own still says what pressing play does.
 */
export function Video({ video, title }: { video: NonNullable<Career["video"]>; title: string }) {
  const label = video.title ?? `${title}: video`;
  return (
    <figure className="video">
      <video controls preload="none" poster={localPoster} aria-label={label} width={640} height={360}>
        <source src={video.url} type="video/mp4" />
        <a href={video.url}>Watch the video</a>
      </video>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
