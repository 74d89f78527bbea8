/** Refusals added by the second security review (issue 17). */
export default {
  plan: {
    tooDeep: 'The value is nested more than {limit} levels deep; a plan is never that deep.'
  }
}
