// Messages for the 'wizard' area. Keep keys in step with ../zh-CN/wizard.ts (typecheck enforces the shape).
// Placeholders are {name} only; no other brace, at or pipe characters (vue-i18n syntax).
export default {
  title: 'Planning wizard',
  nav: { label: 'Wizard steps' },
  actions: {
    about: 'About',
    recalculate: 'Recalculate',
    retry: 'Retry'
  },
  status: {
    idle: 'Not calculated yet',
    invalid: '{count} problem(s) to fix',
    staleShort: '(out of date)',
    unsaved: 'Unsaved changes'
  },
  grouping: {
    label: 'Number grouping',
    western: '1,234,567',
    cjk: '万 / 亿'
  },
  kinds: {
    'llm-inference': 'LLM inference',
    'llm-training': 'LLM training',
    'vision-training': 'Vision training',
    'video-analytics': 'Video analytics',
    custom: 'Custom'
  },
  scenario: {
    lead: 'Start from a blank plan, continue the plan you have open, or start from one of the worked cases.',
    blankTitle: 'Blank plan',
    blankText: 'Add your own workloads, hardware and costs step by step.',
    planName: 'Plan name (optional)',
    startBlank: 'Start blank',
    discardConfirm: 'The current plan has unsaved changes. Replace it anyway?',
    currentTitle: 'Current plan',
    currentEmpty: 'No workloads yet.',
    currentText: '{name}: {count} workload(s).',
    untitled: 'Untitled plan',
    openHint: 'To open a saved plan file, use File, Open (Ctrl or Cmd + O).',
    continue: 'Continue editing',
    templatesTitle: 'Start from a worked case',
    numbersFrom: 'Numbers from:',
    useTemplate: 'Use this template'
  },
  templates: {
    'video-analytics-3000': {
      title: '3000-stream video analytics',
      text: '3000 camera streams at 1080p 25 fps, 5 targets per frame, 5.5 TOPS INT8 each, on an 88 TOPS INT8 inference card at 90 % cluster efficiency.',
      source:
        'Seed article, section 8 (worked case B): 88 ÷ 5.5 = 16 streams per card, 188 cards, 209 with the 90 % efficiency.'
    },
    'vision-training-platform': {
      title: 'Vision training platform: 30 tasks a year',
      text: 'Portfolio sizing: 8 runs side by side, 8 cards per run at 320 TFLOPS FP16, a 10-day cycle, 30 tasks a year.',
      source:
        'Seed article, section 7 (worked case A): 2560 × 8 = 20,480 TFLOPS, about 20 PFLOPS, 64 cards.'
    },
    'gpt3-175b-training': {
      title: 'GPT-3 175B training: 1024 vs 2048 A100',
      text: '175B parameters on 300B tokens with full recomputation, on 1024 and on 2048 A100 GPUs at 140 TFLOP/s achieved per GPU.',
      source:
        'Megatron-LM (arXiv 2104.04473) section 5.1: about 34 days on 1024 A100; seed article section 3: 15 days on 2048.'
    },
    'llama-65b-int4': {
      title: 'Serve LLaMA-65B at 4-bit',
      text: 'LLaMA-65B with GPTQ int4 weights (group 128), fp16 KV cache, a 2048-token context and one sequence, on an A100 40GB.',
      source:
        'Seed article section 2 (cedrickchee gist): 31.2 GB model, 40 GB minimum VRAM, 128 GB RAM to load.'
    },
    'llm-serving-rate': {
      title: 'LLM chat service at 20 requests/s',
      text: 'Llama-3.1-70B in bf16 on H100, 1,000 input and 250 output tokens per request, 2 s to first token and 50 ms per token, compared across all accelerators.',
      source:
        'Illustrative service targets; architecture from the Llama 3.1 model card; speeds from the core defaults (gpt-fast, vLLM benchmarks).'
    }
  },
  workloads: {
    lead: 'Add the workloads this plan must serve. Every default is editable; hover a ? to see where it comes from.',
    add: 'Add a workload',
    empty:
      'No workloads yet: add one with the buttons above, or start from a template on the Scenario step.',
    issues: '{count} problem(s)',
    duplicate: 'Duplicate',
    duplicateNamed: 'Duplicate {name}',
    remove: 'Remove',
    removeNamed: 'Remove {name}'
  },
  catalog: { failed: 'The hardware and model catalog could not be loaded.' },
  field: {
    defaultIs: 'default: {value}',
    unitOf: 'Unit of {field}',
    corpusTokens: 'The core converts this corpus to ≈ {tokens} {state}',
    choosePreset: 'Fill from a preset…'
  },
  fields: {
    name: 'Name',
    id: 'Identifier',
    model: 'Model',
    visionModel: 'Vision model',
    detectorModel: 'Detector model',
    weightPrecision: 'Weight precision',
    kvPrecision: 'KV-cache precision',
    contextTokens: 'Context length',
    concurrency: 'Concurrent sequences',
    target: 'Request-rate target',
    requestsPerSecond: 'Requests per second',
    inputTokens: 'Input tokens per request',
    outputTokens: 'Output tokens per request',
    maxTtft: 'Max time to first token',
    maxTpot: 'Max time per output token',
    precision: 'Precision',
    recompute: 'Activation recomputation',
    dataSource: 'Training data given as',
    tokens: 'Training tokens',
    corpusSize: 'Corpus size',
    corpusLanguage: 'Corpus language',
    optimizer: 'Optimizer',
    zeroStage: 'ZeRO stage',
    sequenceLength: 'Sequence length',
    tensorParallel: 'Tensor parallel',
    pipelineParallel: 'Pipeline parallel',
    microBatchSize: 'Micro-batch size',
    visionForm: 'Sizing method',
    inputResolution: 'Input resolution',
    images: 'Images per epoch',
    epochs: 'Epochs',
    runs: 'Training runs',
    runsPerTask: 'Runs per task',
    cardsPerRun: 'Cards per run',
    daysPerRun: 'Days per run',
    parallelRuns: 'Runs side by side',
    tasksPerYear: 'Tasks per year',
    streams: 'Video streams',
    resolution: 'Resolution',
    fps: 'Frames per second',
    videoPreset: 'Algorithm preset',
    perStreamFrom: 'Compute per stream from',
    topsPerStream: 'TOPS per stream',
    targetsPerFrame: 'Targets per frame',
    efficiency: 'Cluster parallel efficiency',
    headroom: 'Extra headroom',
    customSource: 'Work given as',
    totalFlops: 'Total compute',
    acceleratorHours: 'Accelerator-hours',
    utilization: 'Utilisation',
    sizing: 'Size by',
    accelerators: 'Accelerators',
    targetDays: 'Finish within',
    rackPowerLimitKW: 'Rack power limit',
    currency: 'Currency',
    taxRate: 'Tax rate',
    discount: 'Discount off list price',
    pue: 'PUE',
    electricity: 'Electricity price ({currency} per kWh)',
    years: 'Years of operation',
    deadline: 'Deadline',
    budget: 'Capital budget ({currency})',
    powerCap: 'Facility power cap'
  },
  help: {
    weightPrecision:
      'Bytes per weight: fp32 4, fp16 and bf16 2, fp8 and int8 1, int4 0.5 (plus group scales).',
    kvPrecision:
      'Precision of the cached keys and values; fp16 unless the serving stack quantises the cache.',
    contextTokens:
      'Tokens kept per sequence (prompt plus output): the KV cache grows linearly with it.',
    concurrency: 'Sequences decoded at the same time by one replica; each holds its own KV cache.',
    target: 'Give a request rate and latency limits to size the number of replicas.',
    maxTtft: 'Prefill time for one request must stay under this.',
    maxTpot: 'Decode time per output token must stay under this.',
    recompute:
      'Full recomputation replays the forward pass (8·N·D instead of 6·N·D) to save activation memory.',
    corpus:
      'Raw text size; the core converts it to tokens with the bytes-per-token assumption for the language.',
    zeroStage:
      'ZeRO 1 shards optimizer states, 2 also gradients, 3 also weights across data-parallel cards.',
    runs: 'Training runs needed to reach a satisfactory model (the seed article uses 8 to 10).',
    daysPerRun:
      'One run including debugging and installation (seed article: 7 days training plus about 3).',
    parallelRuns: 'Runs trained at the same time; this sets the cards held.',
    tasksPerYear:
      'Distinct models trained per year; the yearly card-days must fit in the cards held.',
    topsPerStream:
      'Measured INT8 compute per stream at this resolution and frame rate (seed article: 5.5 TOPS).',
    efficiency: 'Share of the cluster usable in parallel (seed article: about 90 %).',
    headroom: 'Spare capacity on top of the efficiency allowance.',
    utilization: 'Share of the dense peak the job reaches.',
    rackPowerLimitKW: 'Power one rack can feed and cool; it sets servers per rack.',
    exchangeRates:
      'Currency units per 1 USD. Edit them to today’s rates; prices convert through USD.',
    taxRate: 'Added to capital cost.',
    discount: 'Taken off list prices.',
    pue: 'Facility power ÷ IT power: cooling and power-distribution overhead (1.1 to 1.6 typical).',
    electricity: 'Price of one kWh in the plan currency.',
    years: 'Operating years counted in the total cost of ownership.'
  },
  units: {
    days: 'days',
    hours: 'hours',
    acceleratorHours: 'accelerator-hours',
    tokens: 'tokens',
    tokensPerSecond: 'tokens/s',
    requestsPerSecond: 'requests/s',
    sequences: 'sequences',
    streams: 'streams',
    accelerators: 'accelerators',
    replicas: 'replicas',
    servers: 'servers',
    racks: 'racks',
    images: 'images',
    epochs: 'epochs',
    runs: 'runs',
    fraction: 'fraction',
    params: 'parameters',
    ms: 'ms',
    years: 'years'
  },
  picker: {
    searchModel: 'Search by name, family or size (e.g. 70b, qwen)',
    inlineModel: 'Custom architecture (set in the plan file)',
    source: 'Source: {source}',
    active: '{size} active'
  },
  recompute: { none: 'None', selective: 'Selective', full: 'Full' },
  optimizer: {
    'adam-mixed': 'Adam, mixed precision',
    'adam-fp32': 'Adam, fp32',
    'sgd-mixed': 'SGD with momentum, mixed precision'
  },
  language: { en: 'English', zh: 'Chinese', code: 'Source code', mixed: 'Mixed' },
  dataSource: { tokens: 'Token count', corpus: 'Corpus size' },
  visionForm: { firstPrinciples: 'Model, images and epochs', portfolio: 'Cards × weeks portfolio' },
  videoSource: { tops: 'Measured TOPS', model: 'Detector model' },
  customSource: { flops: 'Total FLOPs', hours: 'Accelerator-hours' },
  sizing: {
    accelerators: 'Number of accelerators',
    targetDays: 'Deadline in days',
    none: 'Runs side by side'
  },
  assumptions: {
    title: 'Assumptions used (hover for the source)',
    pending: 'The defaults this workload uses appear here after the first calculation.',
    range: 'typical {typical}, range {low} to {high}',
    source: 'Source: {source}',
    reset: 'Reset {name} to its default',
    resetShort: 'Reset',
    origin: { default: 'default', plan: 'set for the plan', workload: 'set here' }
  },
  hardware: {
    lead: 'Choose an accelerator for each workload from the catalog or your own inventory, or compare them all.',
    filters: 'Filter the accelerator lists',
    vendor: 'Vendor',
    anyVendor: 'Any vendor',
    minMemory: 'Memory at least',
    precision: 'Supports precision',
    anyPrecision: 'Any precision',
    onlyWith: 'Only',
    priceKnown: 'with a known price',
    inventoryOnly: 'from my inventory',
    matching: '{count} of {total} accelerators match',
    noWorkloads: 'Add workloads first; then choose their hardware here.',
    accelerator: 'Accelerator',
    acceleratorFor: 'Accelerator for {name}',
    inInventory: '{count} on hand',
    noPrice: 'price unknown',
    price: 'Indicative price {price}',
    applyToAll: 'Use this accelerator for every workload',
    compareTitle: 'Compare accelerators',
    compareAll: 'Compare all candidates',
    compareHelp:
      'Evaluates every workload on each candidate and recommends the cheapest that meets the deadline, budget and power cap.',
    candidates: 'Candidates',
    allCandidates: 'All catalog and inventory accelerators',
    useFiltered: 'Use the {count} filtered accelerators',
    serversTitle: 'Servers and racks',
    server: 'Server model',
    serverAuto: 'Automatic (by form factor)',
    perServer: '{count} cards per server'
  },
  currency: { CNY: 'Chinese yuan', USD: 'US dollar', EUR: 'Euro' },
  costs: {
    lead: 'Currency, prices, running costs and the limits a recommendation must respect.',
    moneyTitle: 'Currency and prices',
    rate: '{code} per USD',
    runningTitle: 'Running costs',
    constraintsTitle: 'Constraints',
    none: 'none',
    pricesTitle: 'Accelerator prices',
    noAccelerators: 'No accelerators chosen yet.',
    accelerator: 'Accelerator',
    listPrice: 'Catalog price',
    source: 'Price source',
    yourPrice: 'Your price ({currency})',
    override: 'use catalog price',
    priceFor: 'Your price for {name}'
  },
  results: {
    empty: 'Nothing to size yet: add workloads or start from a template.',
    goScenario: 'Choose a scenario',
    issuesTitle: '{count} problem(s) stop the calculation',
    wholePlan: 'plan',
    fix: 'Fix',
    staleNote:
      'These results belong to an earlier version of the plan. They will update when the plan is valid.',
    summary: 'Summary',
    perYear: '{value} per year',
    costIncomplete: 'Costs cover only accelerators with a known price.',
    powerIncomplete: 'Power covers only accelerators with a known TDP.',
    clickHint: 'Click any underlined number to see how it was derived.',
    range: 'range {low} to {high}',
    bindingLabel: 'Limited by',
    binding: { compute: 'compute', decode: 'video decoder', memory: 'memory' },
    latency: 'Latency targets',
    latencyMet: 'met',
    latencyMissed: 'not met',
    defaultsUsed: 'Defaults used: {list}'
  },
  figures: {
    accelerators: 'Accelerators',
    acceleratorsPerReplica: 'Accelerators per replica',
    replicas: 'Replicas',
    memory_totalGB: 'Memory per replica',
    memory_totalGiB: 'Memory per replica (GiB)',
    memory_weightsGB: 'Weights',
    memory_kvCacheGB: 'KV cache',
    memory_activationsGB: 'Activations',
    memory_overheadGB: 'Runtime overhead',
    kvCacheBytesPerToken: 'KV cache per token',
    prefillTokensPerSecond: 'Prefill speed',
    decodeTokensPerSecondPerSequence: 'Decode speed per sequence',
    outputTokensPerSecond: 'Output tokens per second',
    timeToFirstTokenMs: 'Time to first token',
    timePerOutputTokenMs: 'Time per output token',
    requestsPerSecondPerReplica: 'Requests per second per replica',
    hostMemoryGB: 'Host RAM to load',
    smallestFittingMemoryGB: 'Smallest card that fits',
    days: 'Days',
    acceleratorHours: 'Accelerator-hours',
    tokens: 'Tokens',
    totalFlops: 'Model FLOPs',
    hardwareFlops: 'Hardware FLOPs',
    pfDays: 'Compute',
    achievedMfu: 'Utilisation (MFU)',
    memoryPerAcceleratorGB_total: 'Memory per accelerator',
    memoryPerAcceleratorGB_modelStates: 'Model states per accelerator',
    minimumModelParallel: 'Minimum model-parallel split',
    energyMWh: 'Energy',
    provisionedPflops: 'Provisioned compute',
    provisionedTflops: 'Provisioned compute (TFLOPS)',
    imagesPerSecond: 'Images per second',
    streamsPerAccelerator: 'Streams per accelerator',
    acceleratorsBeforeEfficiency: 'Before efficiency',
    topsPerStream: 'TOPS per stream',
    computeBound: 'Compute bound',
    decodeBound: 'Decoder bound',
    memoryBound: 'Memory bound'
  },
  inputs: {
    accelerators: 'Accelerators',
    servers: 'Servers',
    racks: 'Racks',
    itPowerKW: 'IT power',
    facilityPowerKW: 'Facility power',
    energyMWhPerYear: 'Energy per year',
    capex: 'Capital cost',
    opexPerYear: 'Operating cost',
    tco: 'Total cost of ownership'
  },
  derivation: {
    title: 'How this number was derived',
    explain: 'Explain {name}: {value}',
    explainShort: 'Explain',
    formula: 'Formula',
    inputs: 'Inputs',
    input: 'Input',
    value: 'Value',
    sourceCol: 'Source',
    computed: 'computed in an earlier step',
    yourInput: 'from the plan',
    edit: 'Edit',
    back: 'Back',
    missing: 'This number is no longer in the results.'
  },
  charts: {
    title: 'Charts',
    workload: 'Workload for the scaling and sensitivity charts',
    memory: {
      title: 'Memory needed against card capacity',
      empty: 'Memory charts are shown for LLM workloads.',
      capacity: 'Capacity',
      weightsGB: 'Weights',
      kvCacheGB: 'KV cache',
      activationsGB: 'Activations',
      overheadGB: 'Overhead',
      weights: 'Weights',
      gradients: 'Gradients',
      optimizerStates: 'Optimizer states',
      activations: 'Activations'
    },
    scaling: {
      title: 'Accelerators against days',
      rateTitle: 'Accelerators against request rate',
      empty:
        'Scaling curves are shown for training workloads and for inference with a request-rate target.',
      days: 'Days',
      accelerators: 'Accelerators',
      acceleratorAxis: 'Accelerators',
      rateAxis: 'Requests per second'
    },
    cost: {
      title: 'Total cost across candidate accelerators',
      empty: 'Turn on Compare all candidates on the Hardware step to rank accelerators by cost.',
      tco: 'TCO ({currency})',
      capex: 'Capital cost ({currency})'
    },
    sensitivity: {
      title: 'Sensitivity to the assumptions',
      empty: 'No assumption with a range affects this workload.',
      low: 'Low end of the range',
      high: 'High end of the range',
      axis: '{metric} (typical {typical})'
    }
  },
  quote: {
    lead: 'Line items for procurement, proposed from the results and editable here.',
    empty: 'No line items yet: the quote is proposed once the plan has results with prices.',
    item: 'Item',
    quantity: 'Quantity',
    quantityOf: 'Quantity of {item}',
    unitPrice: 'Unit price ({currency})',
    unitPriceOf: 'Unit price of {item}',
    amount: 'Amount ({currency})',
    subtotal: 'Subtotal',
    missingPrices: '{count} line(s) have no price yet.',
    addLine: 'Add a line',
    newLine: 'New item',
    resetAll: 'Reset to the proposal',
    sessionNote:
      'Edits here are kept while the app is open; they are not yet saved in the plan file.'
  }
}
