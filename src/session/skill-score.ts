/** Points scored out of the points possible: per skill of a session, a role-play's scorecard. */
export interface SkillScore {
  score: number;
  max: number;
}
