% Plot a moving average
function y = moving_average(x, k)
    if nargin < 2
        k = 5;
    end
    y = zeros(size(x));
    for i = 1:length(x)
        lo = max(1, i - k + 1);
        y(i) = mean(x(lo:i));
    end
end

data = rand(1, 100) * 2.5;
smoothed = moving_average(data, 10);
plot(data, 'b-'); hold on;
disp(['done: ', num2str(numel(smoothed))]);
