function TagList({ title, items }: { title: string; items?: string[] }) {
  if (!items || items.length === 0) return null;
  return (
    <div className="tag-group">
      <h3>{title}</h3>
      <ul className="tags">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export function Skills({ skills, abilities }: { skills?: string[]; abilities?: string[] }) {
  return (
    <div className="tag-groups">
      <TagList title="Technology and tools" items={skills} />
      <TagList title="Key abilities" items={abilities} />
    </div>
  );
}
