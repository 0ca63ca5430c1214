# Computes the reference values the evidence statistics are checked against
# (EvidenceReferenceTests). Run from this folder, with R and the Debian packages
# r-cran-proc and r-cran-psych installed:
#
#     Rscript reference-values.R > reference-values.txt
#
# Each line is "key value", the value printed with 17 significant digits, NA where the
# statistic is undefined. The test suite reads reference-values.txt and does not need R.
suppressPackageStartupMessages({
	library(pROC)
	library(psych)
})
options(warn = -1)

out <- function(key, value) {
	cat(key, if (is.null(value) || is.na(value)) "NA" else sprintf("%.17g", value), "\n")
}

wilson <- function(key, x, n) {
	if (n == 0) {
		out(paste0(key, ".value"), NA); out(paste0(key, ".lower"), NA); out(paste0(key, ".upper"), NA)
		return(invisible())
	}
	ci <- prop.test(x, n, correct = FALSE)$conf.int
	out(paste0(key, ".value"), x / n); out(paste0(key, ".lower"), ci[1]); out(paste0(key, ".upper"), ci[2])
}

# ROC fixtures: score,outcome (1 positive, 0 negative); a higher score is more concern.
for (name in c("roc-ties", "roc-perfect", "roc-no-positives", "roc-mixed", "roc-reversed")) {
	d <- read.csv(paste0(name, ".csv"))
	out(paste0(name, ".positives"), sum(d$outcome == 1))
	out(paste0(name, ".negatives"), sum(d$outcome == 0))
	if (sum(d$outcome == 1) > 0 && sum(d$outcome == 0) > 0) {
		r <- roc(d$outcome, d$score, levels = c(0, 1), direction = "<", quiet = TRUE)
		ci <- ci.auc(r, method = "delong")
		out(paste0(name, ".auc"), as.numeric(auc(r)))
		out(paste0(name, ".auc.lower"), ci[1])
		out(paste0(name, ".auc.upper"), ci[3])
		co <- coords(r, "all", ret = c("threshold", "sensitivity", "specificity"), transpose = FALSE)
		co <- co[order(co$threshold), ]
		out(paste0(name, ".roc.points"), nrow(co))
		for (i in seq_len(nrow(co))) {
			out(paste0(name, ".roc.", i, ".sensitivity"), co$sensitivity[i])
			out(paste0(name, ".roc.", i, ".specificity"), co$specificity[i])
		}
	} else {
		out(paste0(name, ".auc"), NA)
	}
	# cut-offs: score >= t is called positive, at every distinct score
	for (t in sort(unique(d$score))) {
		pos <- d$outcome == 1
		called <- d$score >= t
		tp <- sum(called & pos); fp <- sum(called & !pos); tn <- sum(!called & !pos); fn <- sum(!called & pos)
		key <- paste0(name, ".cutoff.", t)
		out(paste0(key, ".tp"), tp); out(paste0(key, ".fp"), fp); out(paste0(key, ".tn"), tn); out(paste0(key, ".fn"), fn)
		wilson(paste0(key, ".sensitivity"), tp, tp + fn)
		wilson(paste0(key, ".specificity"), tn, tn + fp)
		wilson(paste0(key, ".ppv"), tp, tp + fp)
		wilson(paste0(key, ".npv"), tn, tn + fn)
	}
}

# Alpha fixtures: item points, NA for "not enough information"; the first letter of a
# column names its indicator.
for (name in c("alpha-complete", "alpha-missing")) {
	d <- read.csv(paste0(name, ".csv"))
	groups <- c(list(overall = names(d)), split(names(d), substr(names(d), 1, 1)))
	for (g in names(groups)) {
		a <- psych::alpha(d[, groups[[g]]], warnings = FALSE)
		out(paste0(name, ".", g, ".alpha"), a$total$raw_alpha)
		for (item in groups[[g]]) {
			out(paste0(name, ".", g, ".drop.", item), a$alpha.drop[item, "raw_alpha"])
		}
	}
}

# The large-sample variance of weighted kappa of Fleiss, Cohen and Everitt (1969), with
# the row and column means of the weights taken over the other rater's margin. psych
# 2.2.9's cohen.kappa takes the row sums of w * rs, which multiplies each weight by the
# margin of its own row instead, so its weighted variance can come out negative and is
# then set to 0 (a zero-width interval): for the weighted kappa's interval the reference
# is this formula, and psych remains the reference for both estimates and for the
# unweighted interval (where the two formulas coincide).
fce.weighted.variance <- function(p, w, n) {
	rs <- rowSums(p); cs <- colSums(p)
	po <- sum(w * p); pe <- sum(w * outer(rs, cs))
	wi <- as.vector(w %*% cs)      # row i: sum over j of w[i, j] * cs[j]
	wj <- as.vector(t(w) %*% rs)   # column j: sum over i of w[i, j] * rs[i]
	(sum(p * (w * (1 - pe) - outer(wi, wj, "+") * (1 - po))^2) - (po * pe - 2 * pe + po)^2) /
		(n * (1 - pe)^4)
}

# Agreement fixtures: two raters' levels of concern, 1 (lowest) to 4 (highest).
for (name in c("kappa-ordinal", "kappa-close")) {
	d <- read.csv(paste0(name, ".csv"))
	k <- cohen.kappa(d[, c("rater1", "rater2")])
	out(paste0(name, ".pairs"), nrow(d))
	out(paste0(name, ".kappa"), k$kappa)
	out(paste0(name, ".kappa.lower"), k$confid[1, 1])
	out(paste0(name, ".kappa.upper"), k$confid[1, 3])
	out(paste0(name, ".weighted"), k$weighted.kappa)
	v <- fce.weighted.variance(k$agree, k$weight, nrow(d))
	z <- qnorm(0.975)
	out(paste0(name, ".weighted.variance"), v)
	out(paste0(name, ".weighted.lower"), max(-1, k$weighted.kappa - z * sqrt(v)))
	out(paste0(name, ".weighted.upper"), min(1, k$weighted.kappa + z * sqrt(v)))
	# with identity weights the formula is psych's own unweighted variance
	out(paste0(name, ".identity.variance"), fce.weighted.variance(k$agree, diag(nrow(k$agree)), nrow(d)))
	out(paste0(name, ".psych.kappa.variance"), k$var.kappa)
}
