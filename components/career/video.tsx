import type { Career } from "@/lib/catalog";

/** The video itself downloads only when the reader presses play (preload="none", no autoplay); a poster, if the profile gives one, is fetched with the page. */
export function Video({ video, title }: { video: NonNullable<Career["video"]>; title: string }) {
  const label = video.title ?? `${title}: video`;
  return (
    <figure className="video">
      <video controls preload="none" poster={video.poster} aria-label={label} width={640} height={360}>
        <source src={video.url} type="video/mp4" />
        <a href={video.url}>Watch the video</a>
      </video>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
