// Hierarchical model of test scores by school
data {
  int<lower=1> N;                    // students
  int<lower=1> J;                    // schools
  array[N] int<lower=1, upper=J> school;
  vector[N] y;                       // scores
  vector[N] hours;                   // study hours
}

parameters {
  real alpha;
  real beta;
  vector[J] z;
  real<lower=0> tau;
  real<lower=0> sigma;
}

transformed parameters {
  vector[J] school_effect = tau * z;   /* non-centred */
}

model {
  alpha ~ normal(50, 20);
  beta ~ normal(0, 5);
  z ~ std_normal();
  tau ~ cauchy(0, 2.5);
  sigma ~ exponential(1);
  y ~ normal(alpha + school_effect[school] + beta * hours, sigma);
}

generated quantities {
  vector[N] y_rep;
  real mean_effect = mean(school_effect);
  for (n in 1:N) {
    y_rep[n] = normal_rng(alpha + school_effect[school[n]] + beta * hours[n], sigma);
  }
  if (mean_effect > 1e-3) reject(mean_effect);
}
