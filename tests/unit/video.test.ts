/** The profile video: nothing from another site loads before the reader presses play. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Video } from "@/components/career/video";

describe("the profile video", () => {
  const video = {
    url: "https://cdn.careeronestop.org/OccVids/OccupationVideos/31-9092.00.mp4",
    poster: "https://cdn.careeronestop.org/OccVids/OccupationVideos/31-9092.00.jpg",
    title: "Medical Assistants (CareerOneStop)",
  };
  const html = renderToStaticMarkup(createElement(Video, { video, title: "Medical Assistants" }));

  it("neither preloads nor autoplays the video", () => {
    expect(html).toContain('preload="none"');
    expect(html).not.toContain("autoplay");
  });

  it("shows our own still instead of a poster the profile gives, which would load from another site with the page", () => {
    expect(html).toContain('poster="/video-poster.svg"');
    expect(html).not.toContain(".jpg");
  });

  it("labels the video and links the file for browsers that cannot play it", () => {
    expect(html).toContain('aria-label="Medical Assistants (CareerOneStop)"');
    expect(html).toContain(`<a href="${video.url}">Watch the video</a>`);
  });
});
