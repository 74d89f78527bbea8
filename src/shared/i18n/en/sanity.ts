/** Issue 13: warnings that keep a silent change or a nonsensical figure from reaching the answer. */
export default {
  genericArchitecture:
    '{accelerator} has no architecture: the generic (NPU-class) utilisation and efficiency defaults are used. Match it to a catalog card or set its architecture.',
  genericServerClass:
    '{accelerator} has no form factor class: it is placed in {server}. Match it to a catalog card or set its form factor class.'
}
