/**
 * The public API of actlab, the tested core the course notebooks import:
 * `import { activation, softmax } from "actlab"`. A test snapshots these names.
 */
export { activation, activationNames, activationSpec, resolveParams } from "./activations/activation";
export { activationProperties, ZERO_CENTRED_TOLERANCE } from "./activations/properties";
export type { ActivationProperties, ActivationRange } from "./activations/properties";
export type {
  Activation,
  ActivationName,
  ActivationNameArgument,
  ActivationParams,
  ActivationParamsArgument,
} from "./activations/activation";
export type { ActivationSpec, ChoiceParamSpec, NumberParamSpec, ParamSpec, ParamValues } from "./activations/types";
export { SELU_ALPHA, SELU_SCALE } from "./activations/selu";
export { GELU_TANH_CUBIC, GELU_TANH_SCALE } from "./activations/gelu";
export { QUICK_GELU_SCALE } from "./activations/quickGelu";
export { erf, erfc } from "./numerics/erf";
export { normalCdf, normalPdf } from "./numerics/normal";
export { log1pExp, logSigmoid, sigmoid } from "./numerics/logistic";
export { logSoftmax, logSumExp, softmax } from "./softmax/softmax";
export { softmaxJacobian, softmaxVjp } from "./softmax/softmaxJacobian";
export { maskedSoftmax, maskedSoftmaxVjp } from "./softmax/maskedSoftmax";
export { crossEntropy } from "./softmax/crossEntropy";
export type { CrossEntropyResult } from "./softmax/crossEntropy";
export {
  centralDifference,
  checkDerivative,
  checkGradient,
  compareGradients,
  numericGradient,
  numericJacobian,
} from "./numerics/gradcheck";
export type { GradientCheckReport } from "./numerics/gradcheck";
// Verification reports: one compact table per group of checks in a notebook.
export { gridBetween } from "./verify/grid";
export { linspace } from "./math/linspace";
export { verification } from "./verify/verification";
export type { FunctionComparison, ValueOptions, VerificationReport } from "./verify/verification";
export type { VerificationCheck } from "./verify/check";
export { createRng } from "./numerics/random";
export type { Rng } from "./numerics/random";
export { fromRows, identityMatrix, matmul, matrix, matVec, toRows, transpose } from "./linear/matrix";
export type { Matrix } from "./linear/matrix";
export { activationSymbolicDerivative, evaluateExpression, symbolicDerivative } from "./symbolic/symbolicDerivative";
export type { SymbolicDerivative } from "./symbolic/symbolicDerivative";
export { symbolicJacobian } from "./symbolic/symbolicJacobian";
export type { SymbolicJacobian } from "./symbolic/symbolicJacobian";
// Figures: builders return plain Plotly figures; show(figure) draws one in a notebook.
export { show } from "./plots/show";
export { figureHtml } from "./plots/figureHtml";
export { activationColor, seriesColor } from "./plots/colors";
export { activationFigure } from "./plots/activationFigure";
export type { CurveOptions } from "./plots/activationFigure";
export { compareActivationsFigure } from "./plots/compareActivationsFigure";
export type { CompareOptions } from "./plots/compareActivationsFigure";
export type { Plottable } from "./plots/curves";
export { gridFigure } from "./plots/gridFigure";
export type { GridFigureOptions } from "./plots/gridFigure";
export { histogramsFigure } from "./plots/histogramsFigure";
export type { HistogramSeries, HistogramsOptions } from "./plots/histogramsFigure";
export { heatmapFigure } from "./plots/heatmapFigure";
export type { HeatmapOptions } from "./plots/heatmapFigure";
export { decisionBoundaryFigure } from "./plots/decisionBoundaryFigure";
export type { DecisionBoundaryOptions, LabelledPoints } from "./plots/decisionBoundaryFigure";
export { lineChartFigure } from "./plots/lineChartFigure";
export type { LineChartOptions, LineSeries } from "./plots/lineChartFigure";
export { linearMapFigure } from "./plots/linearMapFigure";
export type { LinearMapOptions } from "./plots/linearMapFigure";
export { surfaceFigure } from "./plots/surfaceFigure";
export { sliderFigure } from "./plots/sliderFigure";
export type { SliderFigureOptions, SliderParameter } from "./plots/sliderFigure";
export type { SurfaceOptions } from "./plots/surfaceFigure";
export type { Axis, Figure, FigureConfig, Layout, Slider, SliderStep, Trace } from "./plots/types";
// Neural networks: datasets, init schemes, a small MLP with training, deep-network diagnostics.
export { makeXor } from "./datasets/xor";
export { makeCircles } from "./datasets/circles";
export type { CirclesOptions } from "./datasets/circles";
export { makeMoons } from "./datasets/moons";
export { makeSpirals } from "./datasets/spirals";
export type { SpiralsOptions } from "./datasets/spirals";
export { makeCurve } from "./datasets/curve";
export type { CurveDatasetOptions } from "./datasets/curve";
export type { ClassificationData, DatasetOptions, RegressionData } from "./datasets/types";
export { encodeIdx, isGzip, parseIdx } from "./datasets/idx";
export type { IdxArray } from "./datasets/idx";
export {
  fashionMnistClassNames,
  fashionMnistFileNames,
  fashionMnistLocation,
  imagesFromIdx,
  loadFashionMnist,
} from "./datasets/fashionMnist";
export type {
  FashionMnistData,
  FashionMnistOptions,
  FashionMnistSource,
  FashionMnistSplit,
  ImageClassificationData,
  ImageSelection,
} from "./datasets/fashionMnist";
export { calculateGain, gainEntry, gainTable } from "./init/gain";
export type { GainEntry } from "./init/gain";
export {
  kaimingNormal,
  kaimingStd,
  kaimingUniform,
  lecunNormal,
  normalInit,
  uniformInit,
  xavierNormal,
  xavierStd,
  xavierUniform,
} from "./init/schemes";
export type { KaimingOptions } from "./init/schemes";
export { activationGain, initScheme, initSchemeNames, initSchemes, initWeights } from "./init/registry";
export type { InitLayer, InitScheme } from "./init/registry";
export { cloneMlp, createMlp, parameterArrays } from "./nn/mlp";
export { scaleLayer } from "./nn/scaleLayer";
export type { ActivationChoice, Layer, LayerActivation, Mlp, MlpSpec } from "./nn/mlp";
export { accuracy, classesFromOutput, mlpForward, predict, predictClasses } from "./nn/forward";
export type { ForwardCache } from "./nn/forward";
export { mlpBackward } from "./nn/backward";
export type { BackwardResult, LayerGradient } from "./nn/backward";
export { matmulTransposeA, matmulTransposeB } from "./nn/transposedMatmul";
export { loss, lossNames } from "./nn/losses";
export type { Loss, LossResult, LossTargets } from "./nn/losses";
export { Adam, createOptimizer, Sgd } from "./nn/optimizers";
export type { Optimizer, OptimizerOptions } from "./nn/optimizers";
export { clipGradientsByGlobalNorm, globalNorm } from "./nn/clip";
export { activationStatistics, layerStatistics } from "./nn/layerStatistics";
export type { ActivationStatistics, GradientStatistics, LayerStatistics } from "./nn/layerStatistics";
export { train } from "./nn/train";
export { trainingSnapshot } from "./nn/trainingSnapshot";
export type { HiddenLayerSnapshot, SnapshotOptions, TrainingSnapshot } from "./nn/trainingSnapshot";
export { dropout } from "./nn/dropout";
export type { DropoutResult } from "./nn/dropout";
export { hiddenUnitSpread } from "./nn/unitSpread";
export {
  createLearnableSwishMlp,
  learnableSwishGradients,
  predictLearnableSwish,
  swishBetaDerivative,
  swishBetaGradient,
  trainLearnableSwish,
  withBetas,
} from "./nn/learnableSwish";
export type {
  LearnableSwishGradients,
  LearnableSwishMlp,
  LearnableSwishSpec,
  LearnableSwishTraining,
  LearnableSwishTrainOptions,
} from "./nn/learnableSwish";
export type { EpochRecord, TrainedLayerStatistics, TrainingData, TrainingHistory, TrainOptions } from "./nn/train";
export { dataBounds, evaluateGrid } from "./nn/grid";
export { firstLayerKinks } from "./nn/firstLayerKinks";
export type { UnitKink } from "./nn/firstLayerKinks";
export type { DecisionGridOptions, GridEvaluation, GridRanges } from "./nn/grid";
export { backwardStatistics, deepNetworkStatistics, forwardStatistics } from "./nn/deepStatistics";
export type { BackwardLayerStatistics, DeepNetworkOptions, ForwardLayerStatistics } from "./nn/deepStatistics";
export { inputJacobian, layerJacobian } from "./nn/inputJacobian";
export {
  fractionWhere,
  histogram,
  mean,
  median,
  quantile,
  sampleStd,
  sampleVariance,
  std,
  variance,
} from "./math/stats";
export type { Histogram, HistogramOptions } from "./math/stats";
export { maxAbsDifference } from "./math/maxAbsDifference";
export { gridMinimum } from "./math/gridMinimum";
export type { MaxDifference } from "./math/maxAbsDifference";
export { newton } from "./math/newton";
export type { NewtonOptions, NewtonResult, NewtonStep } from "./math/newton";
export { newtonSystem } from "./math/newtonSystem";
export type { NewtonSystemOptions, NewtonSystemResult } from "./math/newtonSystem";
export { gaussianExpectation } from "./math/gaussianExpectation";
export type { GaussianExpectationOptions } from "./math/gaussianExpectation";
export { gaussLegendreRule, integrateGaussLegendre } from "./math/gaussLegendre";
export { slopeBreaks } from "./math/slopeBreaks";
export type { SlopeBreak, SlopeBreakOptions } from "./math/slopeBreaks";
export { timeIt } from "./math/timeIt";
export type { TimeItOptions, Timing } from "./math/timeIt";
export { applyAffine, composeAffine, randomAffine } from "./linear/affine";
export type { AffineLayer } from "./linear/affine";
export { rank, singularValues } from "./linear/singularValues";
export { solveLinear } from "./linear/solveLinear";
export { symmetricEigen, symmetricEigenvalues } from "./linear/symmetricEigen";
export type { SymmetricEigen } from "./linear/symmetricEigen";
export { linearMap2d, linearMaps2d } from "./linear/maps2d";
export type { LinearMap2d } from "./linear/maps2d";
export { gridLines, gridPoints, transformPoints } from "./linear/grid";
export type { GridOptions } from "./linear/grid";
export { addToRows, hadamard, mapData, sumRows } from "./linear/batch";
export { feedForward, feedForwardBackward, randomFeedForwardParams } from "./blocks/feedForward";
export type { FeedForwardGradients, FeedForwardParams } from "./blocks/feedForward";
export { gluBackward, gluForward, gluVariant, randomGluParams } from "./blocks/glu";
export type { GluGradients, GluParams } from "./blocks/glu";
export { gluSplit, splitColumns } from "./blocks/gluSplit";
export { gluVariants } from "./blocks/gluVariants";
export type { GluVariant } from "./blocks/gluVariants";
export { feedForwardParamCount, gluHiddenSizeMatchingFfn, gluParamCount } from "./blocks/paramCounts";
export type { BlockSize } from "./blocks/paramCounts";
export { check, progress } from "./exercises/check";
export type { CheckReport } from "./exercises/check";
// Normalisation: BatchNorm, LayerNorm, RMSNorm and DyT with their backward passes; where to put them.
export { batchNorm, batchNormBackward } from "./norm/batchNorm";
export type { BatchNormResult } from "./norm/batchNorm";
export {
  batchNormEval,
  batchNormTrain,
  initialRunningStatistics,
  updateRunningStatistics,
} from "./norm/batchNormRunning";
export type { BatchNormTrainOptions, BatchNormTrainResult, RunningStatistics } from "./norm/batchNormRunning";
export { layerNorm, layerNormBackward } from "./norm/layerNorm";
export type { LayerNormResult } from "./norm/layerNorm";
export { rmsNorm, rmsNormBackward } from "./norm/rmsNorm";
export type { RmsNormOptions, RmsNormResult } from "./norm/rmsNorm";
export { DYT_DEFAULT_ALPHA, dyt, dytBackward } from "./norm/dyt";
export type { DytGradients, DytOptions, DytResult } from "./norm/dyt";
export type { NormGradients, NormOptions } from "./norm/types";
export { normalization, normalizationNames } from "./norm/registry";
export type { Normalization } from "./norm/registry";
export { normalizedDeepStatistics } from "./norm/normalizedDeepStatistics";
export type { NormalizedDeepOptions, NormalizedLayerStatistics } from "./norm/normalizedDeepStatistics";
export { residualNormBackward, residualNormForward, residualNormGradients } from "./norm/residualNorm";
export type {
  NormPlacement,
  ResidualBlockGradient,
  ResidualNormCache,
  ResidualNormGradients,
  ResidualNormOptions,
  ResidualNormStack,
} from "./norm/residualNorm";
