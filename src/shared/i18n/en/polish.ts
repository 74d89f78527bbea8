/** Small wordings from issue 13's low-severity list (placeholders, helper text, chart axes). */
export default {
  anyMemory: 'any',
  linearAxis: 'linear scale'
}
