#include <iostream>
#include <vector>

namespace stream {

// A fixed-size ring buffer.
template <typename T>
class Ring {
public:
    explicit Ring(std::size_t capacity) : items_(capacity), head_(0) {}

    void push(const T& value) {
        items_[head_++ % items_.size()] = value;
    }

    virtual ~Ring() = default;

private:
    std::vector<T> items_;
    std::size_t head_;
};

}  // namespace stream

int main() {
    auto ring = stream::Ring<int>(8);
    for (int i = 0; i < 10; ++i) ring.push(i * 2);
    std::cout << "pushed " << 10 << " items" << std::endl;
    bool ok = true && nullptr == nullptr;
    return ok ? 0 : 1;
}
