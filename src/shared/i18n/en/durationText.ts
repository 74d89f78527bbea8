/** Durations on charts and in workbooks in the unit their size calls for (issue 19). */
export default {
  /** A chart axis of durations, in the unit the values call for ("Time (h)"). */
  axis: 'Time ({unit})',
  /** A duration kept in days for the formulas, with its reading in a better unit. */
  daysAbout: '{unit} (≈ {duration})'
}
