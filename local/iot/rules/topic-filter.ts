/**
 * Whether an MQTT topic filter matches a topic, as AWS IoT's rules engine reads `FROM`: `+` is
 * one level, a trailing `#` is one or more levels (`a/#` does not match `a`), and wildcards at
 * the first level never match `$`-topics.
 */
export function topicMatches(filter: string, topic: string): boolean {
  const filterLevels = filter.split('/');
  const topicLevels = topic.split('/');
  if (topic.startsWith('$') && (filterLevels[0] === '+' || filterLevels[0] === '#')) return false;
  for (let index = 0; index < filterLevels.length; index++) {
    const level = filterLevels[index];
    if (level === '#') return topicLevels.length > index;
    if (index >= topicLevels.length) return false;
    if (level !== '+' && level !== topicLevels[index]) return false;
  }
  return filterLevels.length === topicLevels.length;
}
