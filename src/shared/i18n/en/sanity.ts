/** Issue 13: warnings that keep a silent change or a nonsensical figure from reaching the answer. */
export default {
  genericArchitecture:
    '{accelerator} has no architecture: the generic (NPU-class) utilisation and efficiency defaults are used. Match it to a catalog card or set its architecture.',
  genericServerClass:
    '{accelerator} has no form factor class: it is placed in {server}. Match it to a catalog card or set its form factor class.',
  contextExceedsModel:
    'Context length {value} tokens is more than {model} can take ({maxContext} tokens): memory and speed beyond it are not meaningful, and the latency targets are not judged.',
  replicaExceedsScaleUp:
    'One replica needs {accelerators} accelerators, more than the {domain} one {server} joins by NVLink/HCCS: tensor parallelism across servers is much slower than assumed, and the latency targets are not judged.',
  implausibleTotal:
    '{value} accelerators is beyond any real cluster (more than {limit}): check the inputs (request rate, tokens, context length, days).'
}
